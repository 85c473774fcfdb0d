/// Release-build benchmarks; each prints its figures.
@main
enum Bench {
  static func main() {
    print("no benchmarks yet")
  }
}
