"""The Insights view: response rate and time, charts, reports (pyqtgraph, loaded lazily)."""
