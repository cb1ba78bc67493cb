module p102_deadlock

go 1.26
