module example.com/p42_constexpr

go 1.21
