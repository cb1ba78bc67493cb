module p117_synccond

go 1.22
