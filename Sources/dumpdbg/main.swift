print("dumpdbg")
