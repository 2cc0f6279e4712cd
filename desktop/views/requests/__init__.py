"""Written data-subject requests: intake, detail, supervisor queue, letter preview and printing."""
