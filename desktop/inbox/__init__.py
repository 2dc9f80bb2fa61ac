"""The Inbox view: conversation list, thread, contact panel."""
