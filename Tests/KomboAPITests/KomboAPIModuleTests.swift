import Testing

@Suite struct KomboAPIModuleTests {}
