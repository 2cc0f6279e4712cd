<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="138"/>
        <source>Write dates as d.m.yyyy, e.g. 1.3.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/audit/log_view.py" line="165"/>
        <source>%n row(s) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="166"/>
        <source>No audit rows match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="184"/>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="184"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="184"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="185"/>
        <source>C&amp;ustomer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="187"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="191"/>
        <source>d.m.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="192"/>
        <source>Sea&amp;rch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="193"/>
        <source>&amp;Older rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="194"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="194"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="194"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="194"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="195"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="195"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="195"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/views/audit/audit_page.py" line="44"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/audit_page.py" line="52"/>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/audit_page.py" line="52"/>
        <source>Chain chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/audit_page.py" line="53"/>
        <source>&amp;Who opened a customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="183"/>
        <source>No call. Press F2 when a call begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="187"/>
        <source>Call {ref} started {when} by {agent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="189"/>
        <source>Read to the customer ({language}, script version {version}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="196"/>
        <source>Call ended {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="198"/>
        <source>The recording is destroyed by {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="201"/>
        <source>The customer objected: recording stopped at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="203"/>
        <source>Notice given and accepted: the call is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="204"/>
        <source>Notice not given yet: read the text above, then press F6 (accepted) or F7 (objected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="207"/>
        <source>Notice given – accepted (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="208"/>
        <source>Objected – stop recording (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="209"/>
        <source>End call (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="210"/>
        <source>Call notes (Ctrl+Shift+N):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="211"/>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="212"/>
        <source>Recording notice given, customer accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="213"/>
        <source>Customer objected to recording: stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="214"/>
        <source>Write call notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="215"/>
        <source>End the call (with the notes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardSections</name>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="130"/>
        <source>Postal addresses (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="133"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="156"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="133"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="140"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="134"/>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="124"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="137"/>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="139"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="139"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="140"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="146"/>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="148"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="148"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="149"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="149"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="150"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="153"/>
        <source>Usage sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="155"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="164"/>
        <source>Metering point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="156"/>
        <source>Commodity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="162"/>
        <source>Consumption per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="164"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="165"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="165"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="172"/>
        <source>Invoices (as the billing system reports them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="179"/>
        <source>Open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="180"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="181"/>
        <source>In collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="176"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="177"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="182"/>
        <source>Paid in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="183"/>
        <source>Last invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="184"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="187"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="187"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="199"/>
        <source>Calls (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="202"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="202"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="203"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="203"/>
        <source>Destroy by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="204"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="206"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="193"/>
        <source>objected, stopped {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="134"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="201"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="201"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="211"/>
        <source>Data-subject requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="213"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="224"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="213"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="224"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="214"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="214"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="215"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="215"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="227"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="222"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="225"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="225"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="226"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="226"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="227"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="235"/>
        <source>Disclosures to other recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="237"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="237"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="238"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="238"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="239"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="246"/>
        <source>Who has looked at this customer (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="248"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="248"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="249"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="249"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="250"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsWidget</name>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="117"/>
        <location filename="../../desktop/views/desk/consents_widget.py" line="258"/>
        <location filename="../../desktop/views/desk/consents_widget.py" line="260"/>
        <source>No direct marketing of any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="118"/>
        <source>Prohibit or lift the selected purpose and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="180"/>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="185"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="203"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="203"/>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="221"/>
        <source>Allowed (ASML ended {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="222"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="224"/>
        <source>Prohibited ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="226"/>
        <location filename="../../desktop/views/desk/consents_widget.py" line="238"/>
        <source>until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="251"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="251"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="251"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="252"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="252"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="252"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="255"/>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="256"/>
        <source>ASML valid &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="257"/>
        <source>History (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="298"/>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="171"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="176"/>
        <location filename="../../desktop/views/desk/contact_form.py" line="194"/>
        <source>Correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="179"/>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="187"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="198"/>
        <source>Your input is kept in the form. The card now shows the other user&apos;s changes; check them and save again if yours should replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="226"/>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="226"/>
        <source>&amp;E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="226"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="227"/>
        <source>c/&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="227"/>
        <source>St&amp;reet address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="227"/>
        <source>Postco&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="228"/>
        <source>Post &amp;town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="228"/>
        <source>Countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="232"/>
        <source>e.g. 040 123 4567; +358 9 123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="237"/>
        <source>Save contact data (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="238"/>
        <source>Save contact data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerAccessesView</name>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="77"/>
        <source>Enter a customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/audit/accesses_view.py" line="90"/>
        <source>{name}, customer {number}: %n audited action(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="109"/>
        <source>Customer &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="110"/>
        <source>Show acc&amp;esses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="111"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="111"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="111"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="111"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="112"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="156"/>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="164"/>
        <source>End the call (F8) before closing the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="207"/>
        <source>Opening …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="259"/>
        <source>Shown for {seconds} seconds, then masked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="281"/>
        <location filename="../../desktop/views/desk/card_view.py" line="312"/>
        <source>No customer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="300"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="300"/>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="301"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="301"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="302"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="302"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="302"/>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="231"/>
        <source>Customer no. {number} · Language: {language} · Opened for: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="300"/>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="301"/>
        <source>Prohibitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="302"/>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="305"/>
        <source>Show the tab: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="306"/>
        <source>Show full code …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="307"/>
        <source>Show the full personal identity code (reason asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="308"/>
        <source>Edit contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="309"/>
        <source>Reload the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="310"/>
        <source>Close the card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerMatcher</name>
    <message>
        <location filename="../../desktop/views/requests/match_widget.py" line="43"/>
        <source>Match to a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/match_widget.py" line="51"/>
        <source>Search by name, customer no., address …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/match_widget.py" line="55"/>
        <source>Match to the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/match_widget.py" line="125"/>
        <source>No customers found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="73"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="73"/>
        <source>Customer matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="74"/>
        <source>Identity checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="74"/>
        <source>State changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="75"/>
        <source>Identity clarification asked (clock paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="76"/>
        <source>Clock resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="76"/>
        <source>Reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="87"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="88"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="89"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="90"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="91"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="48"/>
        <source>New written request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="65"/>
        <source>Signed by the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="70"/>
        <source>Search by name, customer no., address …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="74"/>
        <source>Not yet identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="78"/>
        <source>Archive or scan number of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="81"/>
        <source>What does the customer ask for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="87"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="88"/>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="89"/>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="91"/>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="94"/>
        <source>&amp;Scanned document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="95"/>
        <source>&amp;Request text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="100"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="145"/>
        <source>No customers found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="174"/>
        <source>Registering …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../desktop/views/requests/preview_dialog.py" line="26"/>
        <source>Print preview – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/preview_dialog.py" line="40"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/preview_dialog.py" line="44"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="101"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="102"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="103"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="104"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="105"/>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="176"/>
        <source>The desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="177"/>
        <source>Signed in: {who}. Type your password to continue; unsaved work is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="179"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="180"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="181"/>
        <source>Sign out and quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="102"/>
        <source>Preparing the demo database… The first start creates it, which takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="130"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="137"/>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="139"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="142"/>
        <source>Choose the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="144"/>
        <source>Type the database server&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="146"/>
        <source>Type the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="231"/>
        <source>Choose the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="232"/>
        <source>Palvelutiski database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="273"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="274"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="275"/>
        <source>Path of the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="276"/>
        <source>Server name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="277"/>
        <source>The password is kept in this computer&apos;s password keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="195"/>
        <source>About Palvelutiski</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="199"/>
        <source>&lt;b&gt;Palvelutiski {version}&lt;/b&gt; — the customer service desk of the utility&apos;s customer register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="201"/>
        <source>Database: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="202"/>
        <source>A SQLite database file offers no protection against anyone who can copy it: whoever has the file can read every customer and every personal identity code in it. On a SQLite workstation, masking and roles are enforced by this application only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="207"/>
        <source>This desk uses the shared PostgreSQL database with your personal database login: the database server itself keeps full identity codes from roles that may not see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="215"/>
        <source>The database does not answer. Your input is kept; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/print_flow.py" line="58"/>
        <source>Printing %n letter(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="24"/>
        <source>&amp;1  Call – the customer is on the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="25"/>
        <source>&amp;2  Letter – answering or sending post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="26"/>
        <source>&amp;3  Request – a data-subject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="27"/>
        <source>&amp;4  Correction – fixing the customer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="40"/>
        <source>Why are you opening this customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="42"/>
        <source>Opening {0}. The reason is written to the access log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/tables.py" line="117"/>
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/tables.py" line="118"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="121"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="122"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="122"/>
        <source>not identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="123"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="124"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="124"/>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="125"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="126"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="127"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="128"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="105"/>
        <source>Record identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="107"/>
        <source>Needs clarification (letter, pause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="114"/>
        <source>Reason (hold, extension, refusal, withdrawal, clarification) or, at sign-off, what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="117"/>
        <source>Sign off and generate reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="119"/>
        <source>Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="123"/>
        <source> month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="124"/>
        <source>Extend deadline (letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="129"/>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="131"/>
        <source>Acknowledgement letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="137"/>
        <source>Mark posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="147"/>
        <source>Identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="152"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="161"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="165"/>
        <source>Posted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="170"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="218"/>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="218"/>
        <source>NOT signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="219"/>
        <source>{0} – {1} – {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="221"/>
        <source>Received {0} by {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="224"/>
        <source>Closed. Posted on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="225"/>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/detail_widget.py" line="228"/>
        <source>%n day(s) OVERDUE</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/detail_widget.py" line="230"/>
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="231"/>
        <source>Received {0}, reply due {1} ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="234"/>
        <source>Deadline extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="236"/>
        <source>Clock paused since {0} (identity clarification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/detail_widget.py" line="239"/>
        <source>Paused %n day(s) so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="241"/>
        <source>Handled by {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="243"/>
        <source>Also open for this customer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="247"/>
        <source>Checked: {0} ({1}, {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="265"/>
        <source>→ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="299"/>
        <source>Check the address before printing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="347"/>
        <source>Printing {0} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="351"/>
        <source>Printed. Put the letter in a window envelope and mark it posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="76"/>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="98"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="101"/>
        <source>Show closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="102"/>
        <source>New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="104"/>
        <source>Print all waiting letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="109"/>
        <source>Agent or supervisor to hand the chosen request to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="110"/>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="165"/>
        <source>%n open request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="166"/>
        <source>, %n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="201"/>
        <source>Choose a request in the queue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="208"/>
        <source>{0} is now handled by {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="232"/>
        <source>No letters are waiting to be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="240"/>
        <source>Letters to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="241"/>
        <source>Printing %n letter(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="243"/>
        <source>Palvelutiski letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="246"/>
        <source>%n letter(s) printed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealHetuDialog</name>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="77"/>
        <source>Show the full personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="79"/>
        <source>State the reason. It is stored in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="95"/>
        <source>Write a reason of at least a few words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePages</name>
    <message>
        <location filename="../../desktop/views/admin/role_pages.py" line="61"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="230"/>
        <source>Name, customer no., address, phone, e-mail, metering point, business ID or identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="275"/>
        <source>Move in the result list (also from the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="276"/>
        <source>Open the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="277"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="331"/>
        <source>More than {0} matches – type more to narrow the search …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="334"/>
        <source>No customers found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/desk/search_panel.py" line="336"/>
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="69"/>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="69"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="69"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="69"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="70"/>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="128"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="129"/>
        <source>customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="130"/>
        <source>street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="131"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="132"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="133"/>
        <source>metering point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="134"/>
        <source>usage site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="135"/>
        <source>business ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="136"/>
        <source>personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <location filename="../../desktop/views/shortcut_overlay.py" line="122"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcut_overlay.py" line="123"/>
        <source>Esc or F1 closes this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../desktop/views/status_line.py" line="64"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_line.py" line="65"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_line.py" line="66"/>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_line.py" line="68"/>
        <source>The database answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_line.py" line="69"/>
        <source>The database does not answer. Your input is kept; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="44"/>
        <location filename="../../desktop/views/admin/users_page.py" line="161"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="175"/>
        <source>until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="177"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="177"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="202"/>
        <source>Choose a user in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="215"/>
        <location filename="../../desktop/views/admin/users_page.py" line="239"/>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="224"/>
        <source>User {username} created ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="243"/>
        <source>New password set for {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="251"/>
        <source>{username} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="261"/>
        <source>Deactivate {username}? They can no longer sign in; their audit history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="267"/>
        <source>{username} has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="290"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="290"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="290"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="291"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="291"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="291"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="292"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="293"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="294"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="294"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="294"/>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="294"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="295"/>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="300"/>
        <source>e.g. aino.virtanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="301"/>
        <source>at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="304"/>
        <source>Cr&amp;eate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="310"/>
        <source>Se&amp;t password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="305"/>
        <source>Selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="306"/>
        <source>New pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="306"/>
        <source>New password a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="311"/>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="312"/>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyChainView</name>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="93"/>
        <source>Verifying the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/audit/verify_view.py" line="102"/>
        <source>The audit chain is intact: %n row(s), head hash {hash}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="105"/>
        <source>It matches the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="106"/>
        <source>Write down or print the receipt below and check against it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="111"/>
        <source>The audit chain is NOT intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="145"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="146"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="147"/>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="148"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="149"/>
        <source>Head hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="150"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="154"/>
        <location filename="../../desktop/views/audit/verify_view.py" line="163"/>
        <source>Audit log receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="155"/>
        <source>Keep this sheet apart from the computer. A later verification against this receipt shows whether rows were removed or rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="174"/>
        <source>Verifying reads the whole audit log and checks every row&apos;s hash. Enter the receipt from the previous verification to also catch rows removed from the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="177"/>
        <source>&amp;Earlier receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="178"/>
        <source>rows:hash (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="179"/>
        <source>Ve&amp;rify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="180"/>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="181"/>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../desktop/views/desk/common.py" line="45"/>
        <source>The operation failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="26"/>
        <source>Something went wrong inside Palvelutiski. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="39"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="40"/>
        <source>Palvelutiski ran into an error it did not expect. Your saved work is safe; the action you were doing may not have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="44"/>
        <source>Please tell the helpdesk. The log file is {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="47"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>login_dialog</name>
    <message>
        <location filename="../../forms/login_dialog.ui" line="14"/>
        <source>Palvelutiski – sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="42"/>
        <source>Customer service desk – sign in with your personal user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="63"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="80"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="97"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="108"/>
        <source>Shared database (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="113"/>
        <source>Database file on this computer (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="137"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="167"/>
        <source>Database &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="199"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="210"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="223"/>
        <source>&amp;Remember the password on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../forms/main_window.ui" line="56"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="64"/>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="72"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="76"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="83"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="97"/>
        <source>&amp;Lock the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="102"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="107"/>
        <source>&amp;Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="112"/>
        <source>New &amp;call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="117"/>
        <source>New &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="122"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="127"/>
        <source>&amp;About Palvelutiski</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>palvelutiski</name>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="36"/>
        <source>A line of the address is longer than 30 characters and was wrapped; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="37"/>
        <source>The address has no recipient name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="38"/>
        <source>The address has no street or PO box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="39"/>
        <source>The address has no post town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="40"/>
        <source>The address has more than six lines and may not show in the envelope window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="41"/>
        <source>A Finnish postcode has five digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="42"/>
        <source>The phone number {value} may contain only digits, spaces, hyphens and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="43"/>
        <source>The phone number {value} is not a Finnish number (0… or +358…) of the right length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="44"/>
        <source>The e-mail address {value} is not valid (e.g. maija.meikalainen@example.fi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="45"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="168"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="174"/>
        <source>The language must be Finnish, Swedish or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="46"/>
        <source>The same phone number is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="47"/>
        <source>The same e-mail address is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="48"/>
        <source>Enter the street address (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="49"/>
        <source>The country is a two-letter code, e.g. FI or SE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="50"/>
        <source>A Finnish postcode has exactly 5 digits, e.g. 94450.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="51"/>
        <source>The post town {value} must be letters only, e.g. Keminmaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="52"/>
        <source>The c/o line has at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="53"/>
        <source>Enter the postcode (at most 10 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="54"/>
        <source>The deadline has already been extended once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="55"/>
        <source>The deadline can be extended by one or two months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="56"/>
        <source>An extension needs a reason; it is sent to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="57"/>
        <source>The deadline can only be extended before it has passed (due {due}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="58"/>
        <source>A personal identity code has 11 characters, e.g. 131052-308T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="59"/>
        <source>The 7th character of a personal identity code must be one of + - A–F U–Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="60"/>
        <source>The birth date in the personal identity code is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="61"/>
        <source>Individual numbers 900–999 are temporary codes; mark the code as temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="62"/>
        <source>The personal identity code is not in the form DDMMYYCZZZQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="63"/>
        <source>The check character of the personal identity code is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="64"/>
        <source>The personal identity code has an impossible birth date or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="65"/>
        <source>Direct advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="66"/>
        <source>Distance selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="67"/>
        <source>Other direct marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="68"/>
        <source>Market research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="69"/>
        <source>Opinion polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="70"/>
        <source>Person registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="71"/>
        <source>Genealogy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="72"/>
        <source>Electronic marketing (consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="73"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="74"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="75"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="76"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="77"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="78"/>
        <source>Customer by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="79"/>
        <source>Customer by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="80"/>
        <source>Customer by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="81"/>
        <source>Customer at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="82"/>
        <source>DVV (Population Information System)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="83"/>
        <source>ASML telephone restriction service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="84"/>
        <source>Prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="85"/>
        <source>Prohibition lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="86"/>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="87"/>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="88"/>
        <source>There is no prohibition from this source to lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="89"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="248"/>
        <source>Unknown purpose: {purpose}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="90"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="249"/>
        <source>Unknown channel: {channel}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="91"/>
        <source>Unknown source: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="92"/>
        <source>Unknown decision: {decision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="93"/>
        <source>The validity end date is before the date of the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="94"/>
        <source>This prohibition is registered at DVV; the customer lifts it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="95"/>
        <source>This is an ASML telephone restriction; the customer cancels it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="96"/>
        <source>Only the customer or DVV can prohibit all direct marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="97"/>
        <source>Electronic marketing is given or withdrawn as a consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="98"/>
        <source>Electronic-marketing consent applies to e-mail and SMS only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="99"/>
        <source>Only the customer can give or withdraw a consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="100"/>
        <source>A purpose other than electronic marketing is prohibited or lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="101"/>
        <source>The ASML restriction service covers telephone marketing only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="102"/>
        <source>An ASML telephone restriction needs its validity end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="103"/>
        <source>Only an ASML telephone restriction has a validity end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="104"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="105"/>
        <source>Identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="106"/>
        <source>In preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="107"/>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="108"/>
        <source>Ready to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="109"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="110"/>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="111"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="112"/>
        <source>Deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="113"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="114"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="115"/>
        <source>A request cannot move from “{source}” to “{target}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="116"/>
        <source>Your role may not move a request to “{target}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="117"/>
        <source>Give a reason for “{target}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="118"/>
        <source>Only a supervisor may sign off or refuse a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="119"/>
        <source>Customer service agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="120"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="121"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="122"/>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="123"/>
        <source>Identity codes are searched only whole (all 11 characters, e.g. 131052-308T); parts of a code are never searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="124"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="125"/>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="126"/>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="127"/>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="128"/>
        <source>Logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="129"/>
        <source>Session locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="130"/>
        <source>Customer opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="131"/>
        <source>Customer&apos;s audit trail read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="132"/>
        <source>Identity code search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="133"/>
        <source>Identity code revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="134"/>
        <source>Contact details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="135"/>
        <source>Consent or prohibition recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="136"/>
        <source>Call started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="137"/>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="138"/>
        <source>Request registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="139"/>
        <source>Request state changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="140"/>
        <source>Request reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="141"/>
        <source>Letter generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="142"/>
        <source>Letter printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="143"/>
        <source>Letter dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="144"/>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="145"/>
        <source>Password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="146"/>
        <source>User deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="147"/>
        <source>User unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="148"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="149"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="150"/>
        <source>Customers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="151"/>
        <source>Database initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="152"/>
        <source>No customer has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="153"/>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="154"/>
        <source>Audit row {id} has been altered: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="155"/>
        <source>The audit log is broken before row {id}: a row has been deleted or replaced there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="156"/>
        <source>The audit log has {count} rows but the receipt lists {receipt_count}: rows have been removed from the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="157"/>
        <source>Audit row {id} (number {receipt_count}) does not carry the hash on the receipt: the log has been rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="158"/>
        <source>A receipt is the row count and the head hash, e.g. 1234:9f86d0…(64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="159"/>
        <source>Wrong username or password, or the account is not in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="160"/>
        <source>Too many failed attempts: the account is locked. Try again in {minutes} min or ask the administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="265"/>
        <source>Posti/DVV update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="15"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="161"/>
        <source>There is no database file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="162"/>
        <source>The file {path} is not an initialised Palvelutiski database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="163"/>
        <source>The database server {host} cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="164"/>
        <source>The database server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="165"/>
        <source>There is no database {name} on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="166"/>
        <source>The database has no controller profile; run palvelutiski-admin init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="167"/>
        <source>A call is inbound or outbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="169"/>
        <source>Call {call_id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="170"/>
        <source>The call has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="171"/>
        <source>This call is already attached to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="172"/>
        <source>The customer has objected; the recording was stopped and stays stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="173"/>
        <source>The notice has already been marked as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="175"/>
        <source>The call given as evidence is not a call with this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="176"/>
        <source>This computer has no password keyring (such as GNOME Keyring, KWallet or the Windows Credential Manager), so the password cannot be remembered safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="206"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="234"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="235"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="247"/>
        <source>Customer {customer_id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="207"/>
        <source>Another user changed this customer&apos;s data while you were editing. Your changes were not saved; reopen the card to see the new data, then enter your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="208"/>
        <source>Choose why the card is opened: call, letter, request or correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="209"/>
        <source>The postcode {value} belongs to {town}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="210"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="211"/>
        <source>The number of demo customers must be between 1 and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="20"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="192"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="212"/>
        <source>The database is not initialised: run palvelutiski-admin init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="3"/>
        <source>No terminal to ask for the password: use --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="4"/>
        <source>Password for {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="5"/>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="6"/>
        <source>There is no database file at {path}; create one with palvelutiski-admin init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="7"/>
        <source>Initialised {where} with profile {profile} (schema {schema}); administrator {admin} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="8"/>
        <source>Schema of {where}: {before} -&gt; {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="9"/>
        <source>User {name} ({role}) created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="10"/>
        <source>Password of {name} set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="11"/>
        <source>User {name} deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="12"/>
        <source>User {name} unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="13"/>
        <source>Added {customers} demo customers ({rows} rows) to {where} in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="14"/>
        <source>Imported {count} customers from {file} ({encoding}, delimiter {delimiter}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="16"/>
        <source>{path} exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="17"/>
        <source>The copy failed its integrity check: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="18"/>
        <source>Backed up {source} to {dest} ({size} bytes, integrity ok).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="19"/>
        <source>Audit log intact: {count} rows. Receipt: {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="21"/>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="22"/>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="23"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="24"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="25"/>
        <source>No users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="26"/>
        <source>{file}: {count} problem(s); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="27"/>
        <source>backup copies the SQLite file only. For PostgreSQL use pg_dump as the database owner, e.g.
{command}
and restore with pg_restore into an empty database (login roles are cluster-wide: back them up with pg_dumpall --roles-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="28"/>
        <source>Audit log BROKEN: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="29"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="30"/>
        <source>error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="31"/>
        <source>error: database {where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="32"/>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="33"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="34"/>
        <source>permission denied: {permission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="35"/>
        <source>{count} customers written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="177"/>
        <source>The file is empty: the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="178"/>
        <source>Unknown columns: {columns}. The columns are listed in docs/csv-import.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="179"/>
        <source>Required columns missing: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="180"/>
        <source>The file is neither UTF-8 nor Windows-1252 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="181"/>
        <source>The customer number {number} may contain only letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="182"/>
        <source>The language must be fi, sv or en, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="183"/>
        <source>The country must be a two-letter code such as FI or SE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="184"/>
        <source>The e-mail address {value} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="185"/>
        <source>The IBAN {value} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="186"/>
        <source>The kind must be person or company, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="187"/>
        <source>hetu_temporary must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="188"/>
        <source>A person needs last_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="189"/>
        <source>A person has a personal identity code, not a Y-tunnus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="190"/>
        <source>The file {file} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="191"/>
        <source>The line has {found} fields; the header has {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="193"/>
        <source>Customer number {number} is already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="194"/>
        <source>{column} is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="195"/>
        <source>{column} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="196"/>
        <source>Customer number {number} is repeated (first on line {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="197"/>
        <source>The postcode {postcode} is not five digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="198"/>
        <source>The phone number {value} has too few digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="199"/>
        <source>A company needs company_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="200"/>
        <source>A company has a Y-tunnus, not a personal identity code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="201"/>
        <source>The Y-tunnus {value} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="202"/>
        <source>The personal identity code is repeated (first on line {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="203"/>
        <source>The personal identity code is already registered to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="204"/>
        <source>The post town {town} does not belong to postcode {postcode}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="205"/>
        <source>Bad personal identity code: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="213"/>
        <source>The database already holds too many customers for more demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="214"/>
        <source>Demo customer numbers would clash with existing customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="215"/>
        <source>Demo data clashes with data already in the database ({table}); use an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="216"/>
        <source>No controller profile is stored; initialise the database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="217"/>
        <source>The customer has no postal address on record; a letter cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="218"/>
        <source>The request is not matched to a customer yet; no letter can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="219"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="237"/>
        <source>Describe what was done: the reply tells the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="220"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="232"/>
        <source>Request {request_id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="221"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="238"/>
        <source>Letter {letter_id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="222"/>
        <source>Profile file {file}: field {field} {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="223"/>
        <source>Profile file {file} does not contain a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="224"/>
        <source>There is no utility profile called {key}; choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="225"/>
        <source>Profile file {file} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="226"/>
        <source>Profile file {file} is not valid UTF-8 JSON: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="227"/>
        <source>Unknown request type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="228"/>
        <source>Unknown channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="229"/>
        <source>The received date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="230"/>
        <source>Unknown identity check method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="231"/>
        <source>The posting date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="233"/>
        <source>The request is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="236"/>
        <source>Match the request to a customer before checking the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="239"/>
        <source>No printed letter of this request is waiting for posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="240"/>
        <source>{username} is not an active agent or supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="241"/>
        <source>The request is already assigned to {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="242"/>
        <source>No customer has this identity code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="243"/>
        <source>This database is already initialised (profile {profile}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="245"/>
        <source>The database was initialised, but the administrator could not be created ({reason}). Create one with: palvelutiski-admin create-user NAME --role admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="246"/>
        <source>The demo database is a SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="250"/>
        <source>A username has 3–63 characters: lowercase letters a–z, digits, . - and _, starting with a letter (not pg_ or desk_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="251"/>
        <source>The password must have at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="252"/>
        <source>The password must not be the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="253"/>
        <source>There is no user {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="244"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="254"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="255"/>
        <source>The username {username} is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="256"/>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="257"/>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="258"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="259"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="260"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="261"/>
        <source>Data-subject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="262"/>
        <source>Correction of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="263"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="264"/>
        <source>Customer&apos;s notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="266"/>
        <source>Data service company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="267"/>
        <source>Previous system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="268"/>
        <source>Grid connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="269"/>
        <source>Electricity transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="270"/>
        <source>Electricity sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="271"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="277"/>
        <source>District heating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="272"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="278"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="273"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="279"/>
        <source>Natural gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="274"/>
        <source>Broadband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="275"/>
        <source>TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="276"/>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="280"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="281"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="282"/>
        <source>The database has not been initialised: the identity-code key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="283"/>
        <source>State the reason for showing the full personal identity code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="284"/>
        <source>No personal identity code is recorded for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/views/printing.py" line="107"/>
        <source>Printed by: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="108"/>
        <source>Printed at: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="109"/>
        <source>Letters: {0}, pages: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="119"/>
        <source>{0}. {1}  {2}  ({3} p.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="135"/>
        <source>The stored letter {0} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="139"/>
        <source>The printer “{0}” is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="155"/>
        <source>The printer “{0}” reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="184"/>
        <source>Printing failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="26"/>
        <source>Print letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="39"/>
        <source>Access (inspection) request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="40"/>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="41"/>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="42"/>
        <source>Objection / prohibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="43"/>
        <source>Restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="49"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="50"/>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="51"/>
        <source>E-mail with a signed attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="57"/>
        <source>Signature compared with the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="58"/>
        <source>Photo ID seen at the desk (no copy kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="59"/>
        <source>Matches the address on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="65"/>
        <source>Access reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="66"/>
        <source>Acknowledgement of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="67"/>
        <source>Identity clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="68"/>
        <source>Extension notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="69"/>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="70"/>
        <source>Prohibition confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="71"/>
        <source>Rectification reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="72"/>
        <source>Erasure reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="73"/>
        <source>Objection reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="74"/>
        <source>Restriction reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="83"/>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
