print("dumpforge")
