module p119_threads

go 1.22
