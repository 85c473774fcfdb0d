import Testing

@Suite struct ATSSandboxModuleTests {}
