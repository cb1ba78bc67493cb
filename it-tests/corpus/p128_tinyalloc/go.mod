module p128_tinyalloc

go 1.22
