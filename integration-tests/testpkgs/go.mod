module tinygo4j.test/testpkgs

go 1.19
