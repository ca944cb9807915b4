"""Reports: the document model, its renderers (PDF, HTML, CSV, XLSX) and the charts."""
