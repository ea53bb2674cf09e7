package app.hearth.lock

/**
 * A screen the app lock does not cover: it shows nothing from the journal and only
 * writes (the Quick Settings tile's mood dialog, like a widget tap: one tap from
 * wherever the person is, never blocked). Anything it opens into the journal is covered
 * as usual.
 */
interface OpenWhileLocked
