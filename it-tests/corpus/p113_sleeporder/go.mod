module p113_sleeporder

go 1.22
