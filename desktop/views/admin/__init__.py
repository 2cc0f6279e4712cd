"""The administrator's pages: staff users (MANAGE_USERS), and the host that puts role pages beside the desk."""
