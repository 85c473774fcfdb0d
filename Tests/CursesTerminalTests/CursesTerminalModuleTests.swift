import Testing

@Suite struct CursesTerminalModuleTests {}
