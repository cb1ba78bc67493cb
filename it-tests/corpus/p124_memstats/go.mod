module p124_memstats

go 1.22
