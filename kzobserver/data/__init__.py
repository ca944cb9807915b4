"""Package data: bundled elections, protocol templates, translations."""
