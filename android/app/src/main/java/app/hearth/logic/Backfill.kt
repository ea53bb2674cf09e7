package app.hearth.logic

import java.time.Instant
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.LocalTime
import java.time.ZoneId
import java.time.temporal.ChronoUnit

/**
 * Backfilling a check-in: choosing the day and time it happened. The past only: a choice
 * later than now stops at now. (The core refuses a future moment too, with its own
 * words, which the screen shows: the phone's clock can move between choosing and saving.)
 */
object Backfill {
    /** The latest moment that can be chosen: now in [zone], to the minute. */
    fun latest(now: Instant, zone: ZoneId): LocalDateTime =
        LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES)

    /** [date] at [time] (to the minute), stopped at now: anything later becomes now. */
    fun choose(date: LocalDate, time: LocalTime, now: Instant, zone: ZoneId): LocalDateTime {
        val chosen = LocalDateTime.of(date, time.truncatedTo(ChronoUnit.MINUTES))
        val latest = latest(now, zone)
        return if (chosen.isAfter(latest)) latest else chosen
    }

    /** The time of day a check-in added for an earlier day starts at (it can be changed). */
    val DAY_TIME: LocalTime = LocalTime.NOON

    /**
     * The moment a check-in added for the day [isoDate] (`YYYY-MM-DD`, from the day view)
     * starts at: [DAY_TIME] on an earlier day, now (to the minute) on today, stopped at now
     * as [choose] does. Null, meaning a plain check-in at now, for a future day or anything
     * that is not a date.
     */
    fun forDay(isoDate: String?, now: Instant, zone: ZoneId): LocalDateTime? {
        val day = isoDate?.let { runCatching { LocalDate.parse(it) }.getOrNull() } ?: return null
        val latest = latest(now, zone)
        return when {
            day.isAfter(latest.toLocalDate()) -> null
            day == latest.toLocalDate() -> latest
            else -> choose(day, DAY_TIME, now, zone)
        }
    }

    /**
     * The instant of [chosen] in [zone] and that moment's UTC offset in seconds, as the
     * core records them (so the check-in lands on the local day it was chosen for). A
     * time skipped by a clock change moves forward by the gap, as java.time does.
     */
    fun at(chosen: LocalDateTime, zone: ZoneId): Pair<Instant, Int> {
        val z = chosen.atZone(zone)
        return z.toInstant() to z.offset.totalSeconds
    }
}
