module p121_runqsteal

go 1.22
