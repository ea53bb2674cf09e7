import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #21: `hearth://` links decided in the model. A link only opens a screen.
@MainActor
final class DeepLinkTests: XCTestCase {
    private func url(_ text: String) throws -> URL {
        try XCTUnwrap(URL(string: text))
    }

    func testEveryLinkReadsBackAsItself() async {
        let links = DeepLink.Origin.allCases.map { DeepLink.checkIn(from: $0) } + [.safety]
        for link in links {
            XCTAssertEqual(DeepLink(url: link.url), link, link.url.absoluteString)
            XCTAssertEqual(link.url.scheme, "hearth")
        }
        XCTAssertEqual(DeepLink.checkIn(from: .lockScreen).url.absoluteString, "hearth://check-in?from=lock-screen")
        XCTAssertEqual(DeepLink.checkIn(from: .control).url.absoluteString, "hearth://check-in?from=control")
    }

    func testLinksAndWhereTheyGo() async throws {
        XCTAssertEqual(DeepLink(url: try url("hearth://check-in"))?.route, .checkIn(.widget), "no origin: the widget")
        XCTAssertEqual(DeepLink(url: try url("HEARTH://Check-In?from=control"))?.route, .checkIn(.widget))
        XCTAssertEqual(DeepLink(url: try url("hearth://safety"))?.route, .safety)
        XCTAssertEqual(DeepLink(url: try url("hearth://check-in?from=lock-screen&mood=5")),
                       .checkIn(from: .lockScreen), "a mood in a link is ignored: links never write")
    }

    func testLinksThatArentHearthsAreRefused() async throws {
        for text in ["https://check-in", "hearth://export", "hearth://check-in?from=somewhere", "hearth:check-in",
                     "hearth://", "mailto:someone@example.org"] {
            XCTAssertNil(DeepLink(url: try url(text)), text)
        }
    }

    func testTheModelOpensALinkOnceAScreenCanShowIt() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        XCTAssertFalse(h.model.open(try url("hearth://export")))
        XCTAssertNil(h.model.pendingRoute, "nothing happens for a link that isn't Hearth's")
        // Behind the lock screen (or before any screen exists) the route waits.
        XCTAssertTrue(h.model.open(DeepLink.checkIn(from: .lockScreen).url))
        XCTAssertEqual(h.model.pendingRoute, .checkIn(.widget))
        var routes: [AppModel.Route] = []
        h.model.observeRoutes { routes.append($0) }
        XCTAssertEqual(routes, [.checkIn(.widget)])
        XCTAssertNil(h.model.pendingRoute)
        XCTAssertEqual(try h.direct { try $0.listCheckins(from: nil, to: nil) }, [], "opening wrote nothing")
    }
}
