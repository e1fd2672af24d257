"""Work that runs outside a screen: the poller (and its lock), the importer, the demo builder."""
