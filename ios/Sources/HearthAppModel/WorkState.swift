/// Long store work the person started (an export, a backup, a restore, an import): what
/// the screen shows while it runs off the main actor and when it ends.
public enum WorkState: Equatable, Sendable {
    /// Nothing running.
    case idle
    /// Running; the text says what is happening (shown beside a progress indicator).
    case working(String)
    /// Finished; the text says what happened.
    case done(String)
    /// Didn't work; the text is a kind explanation. Nothing was changed.
    case failed(String)

    /// True while work is running (buttons that start more work are disabled).
    public var isWorking: Bool {
        if case .working = self { return true }
        return false
    }

    /// The text to show, if any.
    public var message: String? {
        switch self {
        case .idle: return nil
        case .working(let text), .done(let text), .failed(let text): return text
        }
    }
}
