module p125_preciseheap

go 1.22
