import Testing

@Suite struct ApplyCoreModuleTests {}
