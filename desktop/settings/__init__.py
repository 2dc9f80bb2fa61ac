"""The Settings view: business, messaging automation, team, channels."""
