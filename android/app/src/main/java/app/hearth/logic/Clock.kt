package app.hearth.logic

import java.time.Instant
import java.time.ZoneId
import java.time.ZonedDateTime

/** Now and the IANA zone the core plans in. Injected so tests can fix both. */
data class Clock(val now: () -> Instant = Instant::now, val zone: () -> ZoneId = ZoneId::systemDefault) {
    fun zoneId(): String = zone().id

    /** The UTC offset in force now, saved with each entry so its local time never shifts. */
    fun offsetSeconds(at: Instant = now()): Int = zone().rules.getOffset(at).totalSeconds

    companion object {
        /**
         * A minute after the next local midnight: when the widget's "today" turns over.
         * Handles zones whose midnight is skipped by a DST jump (start of day is then later).
         */
        fun nextDayStart(now: Instant, zone: ZoneId): Instant =
            ZonedDateTime.ofInstant(now, zone).toLocalDate().plusDays(1).atStartOfDay(zone)
                .toInstant().plusSeconds(60)
    }
}
