import ArgumentParser

Stancewatch.main()
