import Testing

@Suite struct RecruiterAppModuleTests {}
