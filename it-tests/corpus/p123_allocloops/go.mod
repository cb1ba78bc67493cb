module p123_allocloops

go 1.22
