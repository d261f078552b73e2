import TuneBenchCore
print(TuneBenchVersion.current)
