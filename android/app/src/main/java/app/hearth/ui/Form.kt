package app.hearth.ui

import android.app.Activity
import android.app.AlertDialog
import android.os.Build
import android.os.Bundle
import android.text.InputType
import android.util.TypedValue
import android.view.Gravity
import android.view.View
import android.view.ViewGroup
import android.view.WindowInsets
import android.widget.Button
import android.widget.CheckBox
import android.widget.CompoundButton
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.RadioButton
import android.widget.RadioGroup
import android.widget.ScrollView
import android.widget.TextView
import app.hearth.HearthApp
import app.hearth.R
import app.hearth.logic.ErrorKind
import app.hearth.logic.LockState

/**
 * A tiny builder for the app's screens in plain framework views. Its rules make every
 * screen accessible the same way: text sizes in sp (they follow the person's font size),
 * headings marked as headings, every input labelled by visible text (labelFor), touch
 * targets at least 48dp, and nothing said by colour alone.
 *
 * Every input gets an id that depends only on its place in the form, so the same screen
 * drawn again (after a rotation, a dark-mode or font-size change, a window resize, or the
 * process being restarted) has the same ids, and what the person typed or ticked can be
 * put back with [saveState] / [restoreLater] / [drawn].
 */
class Form(val activity: Activity) {
    val root: LinearLayout = LinearLayout(activity).apply {
        orientation = LinearLayout.VERTICAL
        val p = dp(16)
        setPadding(p, p, p, p)
    }
    val scroll: ScrollView = ScrollView(activity).apply {
        isFillViewport = true
        // Before Android 9 the first text field took focus on opening, which scrolled the
        // screen past its heading: the scroll view (focusable anyway, for keys) takes it.
        isFocusableInTouchMode = true
        descendantFocusability = ViewGroup.FOCUS_BEFORE_DESCENDANTS
        addView(root, ViewGroup.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT))
        // targetSdk 35 draws edge to edge: keep content clear of the system bars and keyboard.
        setOnApplyWindowInsetsListener { v, insets ->
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
                val i = insets.getInsets(WindowInsets.Type.systemBars() or WindowInsets.Type.ime())
                v.setPadding(i.left, i.top, i.right, i.bottom)
            } else {
                @Suppress("DEPRECATION")
                v.setPadding(insets.systemWindowInsetLeft, insets.systemWindowInsetTop, insets.systemWindowInsetRight, insets.systemWindowInsetBottom)
            }
            insets
        }
    }
    private var target: LinearLayout = root
    private var nextId = FIRST_ID

    /** Saved input values waiting for the form to be drawn (see [restoreLater]). */
    private var pending: Bundle? = null

    /** The inputs' values as drawn, before anything was typed (see [hasChanges]). */
    private var baseline: List<Any>? = null

    /** An id that is the same each time the form is drawn in the same order. */
    private fun stableId(): Int = nextId++

    fun dp(v: Int): Int = TypedValue.applyDimension(TypedValue.COMPLEX_UNIT_DIP, v.toFloat(), activity.resources.displayMetrics).toInt()

    fun show() = activity.setContentView(scroll)

    fun clear() {
        root.removeAllViews()
        target = root
        nextId = FIRST_ID
        baseline = null
    }

    /** Keeps every input's value in [out] (called from the activity's onSaveInstanceState). */
    fun saveState(out: Bundle) {
        // Not drawn yet (still loading): keep what an earlier instance saved, if anything.
        val state = pending ?: Bundle().also { b ->
            inputs { v ->
                when (v) {
                    is EditText -> b.putString("t${v.id}", v.text.toString())
                    is RadioGroup -> b.putInt("r${v.id}", selected(v))
                    is CompoundButton -> if (v !is RadioButton) b.putBoolean("c${v.id}", v.isChecked)
                }
            }
        }
        out.putBundle(STATE_KEY, state)
    }

    /**
     * Remembers values saved by an earlier instance of the screen; [drawn] puts them back
     * once the form is built (which for some screens is only after the store has loaded).
     */
    fun restoreLater(saved: Bundle?) {
        pending = saved?.getBundle(STATE_KEY)
    }

    /**
     * Call when the form is fully drawn: notes its values as unchanged, then restores any
     * values saved before the screen was recreated (those count as changes: not saved yet).
     * Values go back by id and kind only, so a form that came out different (say, a person
     * added elsewhere in between) never receives the wrong kind of value.
     */
    fun drawn() {
        baseline = values()
        val b = pending ?: return
        pending = null
        inputs { v ->
            when (v) {
                is EditText -> b.getString("t${v.id}")?.let { if (it != v.text.toString()) v.setText(it) }
                is RadioGroup -> if (b.containsKey("r${v.id}")) {
                    val i = b.getInt("r${v.id}")
                    val button = (0 until v.childCount).map { v.getChildAt(it) }.firstOrNull { it.tag == i }
                    if (button != null) v.check(button.id) else v.clearCheck()
                }
                is CompoundButton -> if (v !is RadioButton && b.containsKey("c${v.id}")) v.isChecked = b.getBoolean("c${v.id}")
            }
        }
    }

    /** True when an input differs from how the form was drawn (something not saved yet). */
    fun hasChanges(): Boolean {
        val b = baseline ?: return pending != null
        return values() != b
    }

    /** Marks the current values as saved (after a save that keeps the screen open). */
    fun markSaved() {
        baseline = values()
    }

    /** Every input view of the form with an id, depth first. */
    private fun inputs(each: (View) -> Unit) {
        fun walk(v: View) {
            if (v.id != View.NO_ID && (v is EditText || v is CompoundButton || v is RadioGroup)) each(v)
            if (v is ViewGroup) for (i in 0 until v.childCount) walk(v.getChildAt(i))
        }
        walk(root)
    }

    private fun values(): List<Any> {
        val out = mutableListOf<Any>()
        fun walk(v: View) {
            when (v) {
                is EditText -> out += v.text.toString()
                is CompoundButton -> out += v.isChecked
                is ViewGroup -> for (i in 0 until v.childCount) walk(v.getChildAt(i))
            }
        }
        walk(root)
        return out
    }

    fun <T : View> add(v: T, topMarginDp: Int = 8): T {
        val lp = LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT)
        lp.topMargin = dp(topMarginDp)
        target.addView(v, lp)
        return v
    }

    /** Adds views built in [block] into a nested vertical group (for show/hide or grouping). */
    fun group(block: Form.() -> Unit): LinearLayout {
        val g = LinearLayout(activity).apply { orientation = LinearLayout.VERTICAL }
        add(g)
        val outer = target
        target = g
        try { block() } finally { target = outer }
        return g
    }

    fun heading(text: CharSequence, large: Boolean = true): TextView = add(
        TextView(activity).apply {
            this.text = text
            setTextSize(TypedValue.COMPLEX_UNIT_SP, if (large) 22f else 18f)
            // The framework TextView's default colour is a faint one; ours has 4.5:1 contrast.
            setTextColor(activity.getColor(R.color.hearth_text))
            setTypeface(typeface, android.graphics.Typeface.BOLD)
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) isAccessibilityHeading = true
        },
        topMarginDp = if (large) 8 else 20,
    )

    fun text(text: CharSequence, secondary: Boolean = false): TextView = add(
        TextView(activity).apply {
            this.text = text
            setTextSize(TypedValue.COMPLEX_UNIT_SP, if (secondary) 14f else 16f)
            setTextColor(activity.getColor(if (secondary) R.color.hearth_text_secondary else R.color.hearth_text))
            setTextIsSelectable(false)
        },
    )

    fun button(text: CharSequence, description: CharSequence? = null, onClick: () -> Unit): Button = add(
        Button(activity).apply {
            id = stableId()
            this.text = text
            isAllCaps = false
            setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
            minHeight = dp(48)
            gravity = Gravity.CENTER
            description?.let { contentDescription = it }
            setOnClickListener { onClick() }
        },
    )

    /** A labelled text field: the label is visible text and is what TalkBack reads for the field. */
    fun field(
        label: CharSequence,
        value: String = "",
        hint: CharSequence? = null,
        multiline: Boolean = false,
        inputType: Int = InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_FLAG_CAP_SENTENCES,
    ): EditText {
        val labelView = add(
            TextView(activity).apply {
                text = label
                setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
                setTextColor(activity.getColor(R.color.hearth_text))
            },
            topMarginDp = 12,
        )
        val edit = EditText(activity).apply {
            id = stableId()
            setText(value)
            setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
            hint?.let { this.hint = it }
            this.inputType = if (multiline) inputType or InputType.TYPE_TEXT_FLAG_MULTI_LINE else inputType
            if (multiline) {
                minLines = 3
                gravity = Gravity.TOP or Gravity.START
            }
            // The view's own minimum: a single-line inputType resets TextView.minHeight to one line.
            minimumHeight = dp(48)
        }
        labelView.labelFor = edit.id
        return add(edit, topMarginDp = 2)
    }

    fun check(label: CharSequence, checked: Boolean = false, description: CharSequence? = null): CheckBox = add(
        CheckBox(activity).apply {
            id = stableId()
            text = label
            isChecked = checked
            setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
            minHeight = dp(48)
            description?.let { contentDescription = it }
        },
        topMarginDp = 0,
    )

    /**
     * Checkboxes in rows (for long lists such as emotions): two to a row when the longest
     * word fits in half the width, else one, so large text or a narrow window never
     * breaks a word in the middle.
     */
    fun checkGrid(labels: List<String>, checked: Set<String> = emptySet()): List<CheckBox> {
        val columns = if (fitsInHalf(labels)) 2 else 1
        val boxes = mutableListOf<CheckBox>()
        labels.chunked(columns).forEach { row ->
            val line = LinearLayout(activity).apply { orientation = LinearLayout.HORIZONTAL }
            row.forEach { l ->
                val b = CheckBox(activity).apply {
                    id = stableId()
                    text = l
                    isChecked = l in checked
                    setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
                    minHeight = dp(48)
                }
                line.addView(b, LinearLayout.LayoutParams(0, ViewGroup.LayoutParams.WRAP_CONTENT, 1f))
                boxes += b
            }
            repeat(columns - row.size) {
                line.addView(View(activity), LinearLayout.LayoutParams(0, 0, 1f))
            }
            add(line, topMarginDp = 0)
        }
        return boxes
    }

    /** Whether the widest of [labels], with its checkbox, fits in half the content width. */
    private fun fitsInHalf(labels: List<String>): Boolean {
        val paint = android.text.TextPaint().apply {
            textSize = TypedValue.applyDimension(TypedValue.COMPLEX_UNIT_SP, 16f, activity.resources.displayMetrics)
        }
        val widest = labels.maxOfOrNull { paint.measureText(it) } ?: 0f
        // The window's width (split screen included), less the form's padding; the box and its gap take about 40dp.
        val half = (dp(activity.resources.configuration.screenWidthDp) - dp(32)) / 2f
        return widest + dp(40) <= half
    }

    /**
     * A labelled single choice. [options] are the visible words; [descriptions] (optional)
     * what TalkBack says for each. Read the answer with [selected].
     */
    fun choices(
        label: CharSequence?,
        options: List<CharSequence>,
        descriptions: List<CharSequence?>? = null,
        selected: Int = -1,
        horizontal: Boolean = false,
    ): RadioGroup {
        label?.let { text(it) }
        val group = RadioGroup(activity).apply {
            id = stableId()
            orientation = if (horizontal) RadioGroup.HORIZONTAL else RadioGroup.VERTICAL
            label?.let { contentDescription = it }
        }
        options.forEachIndexed { i, o ->
            val b = RadioButton(activity).apply {
                id = stableId()
                text = o
                tag = i
                setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
                minHeight = dp(48)
                descriptions?.getOrNull(i)?.let { contentDescription = it }
            }
            if (horizontal) {
                group.addView(b, RadioGroup.LayoutParams(0, ViewGroup.LayoutParams.WRAP_CONTENT, 1f))
            } else {
                group.addView(b)
            }
            if (i == selected) b.isChecked = true
        }
        return add(group, topMarginDp = 2)
    }

    /** A line for errors: hidden until [showError], then read out by TalkBack. */
    fun errorLine(): TextView = add(
        TextView(activity).apply {
            setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
            visibility = View.GONE
            accessibilityLiveRegion = View.ACCESSIBILITY_LIVE_REGION_POLITE
        },
    )

    companion object {
        private const val STATE_KEY = "hearth.form"

        /**
         * Ids of form views start here: clear of ids from View.generateViewId (which counts
         * up from 1) and of resource ids (0x7f……, 0x01……), so they never clash in a window.
         */
        private const val FIRST_ID = 0x00A00001

        /** Index of the checked option of a group made by [choices], or -1. */
        fun selected(group: RadioGroup): Int {
            val id = group.checkedRadioButtonId
            if (id == View.NO_ID) return -1
            // Unchecking a RadioButton directly leaves the group pointing at it: check again.
            val b = group.findViewById<RadioButton>(id)?.takeIf { it.isChecked } ?: return -1
            return (b.tag as? Int) ?: -1
        }
    }
}

/** Shows [message] on an error line made by [Form.errorLine] (words, not colour). */
fun TextView.showError(message: CharSequence?) {
    if (message.isNullOrBlank()) {
        visibility = View.GONE
        text = ""
    } else {
        text = message
        visibility = View.VISIBLE
        announceForAccessibility(message)
    }
}

/** Plain words for an error from the core. */
fun Activity.errorText(t: Throwable): String = when (ErrorKind.of(t)) {
    ErrorKind.INVALID_INPUT -> ErrorKind.reason(t) ?: getString(R.string.error_invalid)
    ErrorKind.WRONG_KEY -> getString(R.string.error_wrong_key)
    ErrorKind.KEY_MISSING -> getString(R.string.error_key_missing)
    ErrorKind.VAULT -> getString(R.string.error_vault)
    ErrorKind.NOT_FOUND -> getString(R.string.error_not_found)
    ErrorKind.LOCKED, ErrorKind.STORAGE, ErrorKind.OTHER -> getString(R.string.error_generic)
    ErrorKind.NEWER_SCHEMA -> getString(R.string.error_newer)
    ErrorKind.DAMAGED -> getString(R.string.error_damaged)
}

/**
 * Runs [block] only while Hearth is unlocked. A dialog is a window of its own, above the
 * lock's cover: one left open when the lock came down (an erase question, a backup
 * passphrase) must not act for whoever holds the phone now. Unlocking and asking again
 * is the way on.
 */
fun Activity.ifUnlocked(block: () -> Unit) {
    if (HearthApp.of(this).lock.state == LockState.UNLOCKED) block()
}

/** A yes/no question; [onYes] runs only on the affirmative choice, and only while unlocked. */
fun Activity.confirm(title: CharSequence, message: CharSequence, yes: CharSequence, no: CharSequence, onYes: () -> Unit) {
    AlertDialog.Builder(this)
        .setTitle(title)
        .setMessage(message)
        .setPositiveButton(yes) { _, _ -> ifUnlocked(onYes) }
        .setNegativeButton(no, null)
        .show()
}
