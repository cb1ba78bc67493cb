module p120_parallel

go 1.22
