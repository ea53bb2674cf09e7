import Foundation
import HearthCore

/// Custom scales (sleep, pain, anything the person tracks alongside mood) and tag
/// management (rename, archive). The core owns both catalogs; entries refer to tags and
/// scales by name, and a rename is carried onto past check-ins by the core.
extension AppModel {
    /// The person's custom scales, as the core lists them.
    public func scales() async -> [Scale] {
        await with { try $0.scales() } ?? []
    }

    /// Adds a scale from `min` to `max`; nil (and `formProblem`) if the core refuses it
    /// (an empty or taken name, a range the core does not allow).
    @discardableResult
    public func createScale(name: String, min: Int32, max: Int32) async -> Scale? {
        formProblem = nil
        guard let scale = await with({ try $0.createScale(name: name, min: min, max: max) }) else { return nil }
        notice = Notice(kind: .info, text: CatalogCopy.scaleAdded(scale.name))
        return scale
    }

    /// Every tag, archived ones included (for the tag manager).
    public func allTags() async -> [Tag] {
        await with { try $0.tags() } ?? []
    }

    /// Renames a tag; past check-ins carry the new name. Nil (and `formProblem`) if the
    /// core refuses (an empty name, or one another tag has).
    @discardableResult
    public func renameTag(id: String, to name: String) async -> Tag? {
        formProblem = nil
        guard let tag = await with({ try $0.renameTag(id: id, newName: name) }) else { return nil }
        await afterCatalogChange()
        notice = Notice(kind: .info, text: CatalogCopy.renamed(tag.name))
        return tag
    }

    /// Archives a tag (kept on past check-ins, no longer offered) or brings it back.
    @discardableResult
    public func setTagArchived(id: String, archived: Bool) async -> Tag? {
        guard let tag = await with({ try $0.setTagArchived(id: id, archived: archived) }) else { return nil }
        notice = Notice(kind: .info, text: archived ? CatalogCopy.archived(Presentation.tagWord(tag.name))
                                                : CatalogCopy.restored(Presentation.tagWord(tag.name)))
        return tag
    }

    /// Lists already on screen show tags by name: read them again.
    private func afterCatalogChange() async {
        journalVersion &+= 1 // past check-ins carry the new name
        await refresh()
        if !history.isEmpty { await loadHistory() }
        if searchResults != nil, let query = lastSearch { await search(query) }
    }
}

/// A check-in screen's scale readings: one optional value per scale, in the scale's own
/// range. Only the scales given a value are recorded (a scale is never required).
public struct ScaleReadings: Equatable, Sendable {
    /// Values chosen so far, by scale name.
    public private(set) var values: [String: Int32] = [:]

    /// Readings to start from (an edit starts from what was recorded).
    public init(_ readings: [ScaleValue] = []) {
        for r in readings { values[r.scale] = r.value }
    }

    /// The value for `scale`, or nil when not given.
    public func value(for scale: Scale) -> Int32? { values[scale.name] }

    /// Sets (within the scale's range) or clears a reading.
    public mutating func set(_ value: Int32?, for scale: Scale) {
        values[scale.name] = value.map { Swift.min(Swift.max($0, scale.min), scale.max) }
    }

    /// Turns a scale's reading on (starting mid-range, so no end is suggested) or off.
    public mutating func include(_ scale: Scale, _ on: Bool) {
        set(on ? scale.min + (scale.max - scale.min) / 2 : nil, for: scale)
    }

    /// What the check-in input carries, by scale name (a stable order).
    public var input: [ScaleValue] {
        values.keys.sorted().compactMap { name in values[name].map { ScaleValue(scale: name, value: $0) } }
    }

    /// The scales offered: every scale, by name.
    public static func offered(_ scales: [Scale]) -> [Scale] {
        scales.sorted { $0.name < $1.name }
    }

    /// A scale in the list, e.g. "Sleep, from 0 to 10".
    public static func rangeText(_ scale: Scale) -> String {
        L10n.tr("catalog.range", "%1$@, from %2$lld to %3$lld", scale.name.capitalizedFirst, Int64(scale.min), Int64(scale.max))
    }

    /// What VoiceOver says for a scale's control, e.g. "Sleep: 6, from 0 to 10" or
    /// "Sleep: not given, from 0 to 10".
    public static func accessibilityValue(_ scale: Scale, value: Int32?) -> String {
        let name = scale.name.capitalizedFirst
        guard let value else {
            return L10n.tr("catalog.valueNotGiven", "%1$@: not given, from %2$lld to %3$lld", name, Int64(scale.min), Int64(scale.max))
        }
        return L10n.tr("catalog.value", "%1$@: %2$lld, from %3$lld to %4$lld", name, Int64(value), Int64(scale.min), Int64(scale.max))
    }
}

/// The words of the scale and tag screens.
public enum CatalogCopy {
    /// Under the list of scales.
    public static var scalesExplainer: String { L10n.tr("catalog.scalesExplainer", "Scales track something beside your mood, like sleep or pain. Each is optional in a check-in.") }
    /// Under the list of tags.
    public static var archiveExplainer: String { L10n.tr("catalog.archiveExplainer", "An archived tag stays on your past check-ins; it just isn't offered for new ones.") }
    /// After a scale is added.
    public static func scaleAdded(_ name: String) -> String { L10n.tr("catalog.scaleAdded", "Added the scale %@.", name) }
    /// After a tag is renamed.
    public static func renamed(_ name: String) -> String { L10n.tr("catalog.renamed", "Renamed to %@. Past check-ins use the new name.", name) }
    /// After a tag is archived.
    public static func archived(_ name: String) -> String { L10n.tr("catalog.archived", "Archived %@. Your past check-ins keep it.", name) }
    /// After an archived tag is offered again.
    public static func restored(_ name: String) -> String { L10n.tr("catalog.restored", "%@ is offered again.", name.capitalizedFirst) }
    /// A tag row's name for VoiceOver, saying when it is archived.
    public static func tagLabel(_ tag: Tag) -> String {
        let word = Presentation.tagWord(tag.name)
        return tag.archived ? L10n.tr("catalog.tagArchived", "%@, archived", word) : word
    }
    /// The archive switch on a tag row.
    public static func archiveControl(_ tag: Tag) -> ControlText {
        let word = Presentation.tagWord(tag.name)
        return tag.archived ? ControlText(L10n.tr("catalog.offerAgain", "Offer %@ again", word))
            : ControlText(L10n.tr("catalog.archive", "Archive %@", word), hint: L10n.tr("catalog.archive.hint", "Kept on past check-ins"))
    }
}
