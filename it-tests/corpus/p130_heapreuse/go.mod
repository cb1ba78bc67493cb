module p130_heapreuse

go 1.22
