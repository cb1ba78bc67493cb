module p111_syncwg

go 1.22
