import Testing
import StanceModel

/// A captured object whose release can be watched.
private final class Watched: Sendable {}

@Suite struct SideTaskTests {
    /// What a side task's work captured is released before its value is handed over, on the side thread or not:
    /// a history store it held must be closed by the caller's last release, before the process exits.
    @Test(arguments: [true, false])
    func workIsReleasedBeforeTheValueIsHandedOver(parallel: Bool) {
        for round in 0..<100 {
            weak var watched: Watched?
            let task: SideTask<Int>
            do {
                let object = Watched()
                watched = object
                task = SideTask(parallel: parallel) { withExtendedLifetime(object) { round } }
            }
            #expect(task.result() == round)
            #expect(watched == nil, "round \(round)")
        }
    }
}
