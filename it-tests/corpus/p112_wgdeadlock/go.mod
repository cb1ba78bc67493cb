module p112_wgdeadlock

go 1.22
