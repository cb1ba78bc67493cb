module p100_chan

go 1.26
