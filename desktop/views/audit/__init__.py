"""The auditor's pages: the audit log, chain verification with a receipt, who opened a customer."""
