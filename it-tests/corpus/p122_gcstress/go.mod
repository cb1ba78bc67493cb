module p122_gcstress

go 1.22
