package app.hearth.ui

import android.app.Activity
import android.app.AlertDialog
import android.os.Build
import android.text.InputType
import android.util.TypedValue
import android.view.Gravity
import android.view.View
import android.view.ViewGroup
import android.view.WindowInsets
import android.widget.Button
import android.widget.CheckBox
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.RadioButton
import android.widget.RadioGroup
import android.widget.ScrollView
import android.widget.TextView
import app.hearth.R
import app.hearth.logic.ErrorKind

/**
 * A tiny builder for the app's screens in plain framework views. Its rules make every
 * screen accessible the same way: text sizes in sp (they follow the person's font size),
 * headings marked as headings, every input labelled by visible text (labelFor), touch
 * targets at least 48dp, and nothing said by colour alone.
 */
class Form(val activity: Activity) {
    val root: LinearLayout = LinearLayout(activity).apply {
        orientation = LinearLayout.VERTICAL
        val p = dp(16)
        setPadding(p, p, p, p)
    }
    val scroll: ScrollView = ScrollView(activity).apply {
        isFillViewport = true
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

    fun dp(v: Int): Int = TypedValue.applyDimension(TypedValue.COMPLEX_UNIT_DIP, v.toFloat(), activity.resources.displayMetrics).toInt()

    fun show() = activity.setContentView(scroll)

    fun clear() {
        root.removeAllViews()
        target = root
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
            setTypeface(typeface, android.graphics.Typeface.BOLD)
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) isAccessibilityHeading = true
        },
        topMarginDp = if (large) 8 else 20,
    )

    fun text(text: CharSequence, secondary: Boolean = false): TextView = add(
        TextView(activity).apply {
            this.text = text
            setTextSize(TypedValue.COMPLEX_UNIT_SP, if (secondary) 14f else 16f)
            if (secondary) setTextColor(activity.getColor(R.color.hearth_text_secondary))
            setTextIsSelectable(false)
        },
    )

    fun button(text: CharSequence, description: CharSequence? = null, onClick: () -> Unit): Button = add(
        Button(activity).apply {
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
            },
            topMarginDp = 12,
        )
        val edit = EditText(activity).apply {
            id = View.generateViewId()
            setText(value)
            setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
            minHeight = dp(48)
            hint?.let { this.hint = it }
            this.inputType = if (multiline) inputType or InputType.TYPE_TEXT_FLAG_MULTI_LINE else inputType
            if (multiline) {
                minLines = 3
                gravity = Gravity.TOP or Gravity.START
            }
        }
        labelView.labelFor = edit.id
        return add(edit, topMarginDp = 2)
    }

    fun check(label: CharSequence, checked: Boolean = false, description: CharSequence? = null): CheckBox = add(
        CheckBox(activity).apply {
            text = label
            isChecked = checked
            setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
            minHeight = dp(48)
            description?.let { contentDescription = it }
        },
        topMarginDp = 0,
    )

    /** Checkboxes in rows of [columns] (for long lists such as emotions). */
    fun checkGrid(labels: List<String>, checked: Set<String> = emptySet(), columns: Int = 2): List<CheckBox> {
        val boxes = mutableListOf<CheckBox>()
        labels.chunked(columns).forEach { row ->
            val line = LinearLayout(activity).apply { orientation = LinearLayout.HORIZONTAL }
            row.forEach { l ->
                val b = CheckBox(activity).apply {
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
            orientation = if (horizontal) RadioGroup.HORIZONTAL else RadioGroup.VERTICAL
            label?.let { contentDescription = it }
        }
        options.forEachIndexed { i, o ->
            val b = RadioButton(activity).apply {
                id = View.generateViewId()
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
        /** Index of the checked option of a group made by [choices], or -1. */
        fun selected(group: RadioGroup): Int {
            val id = group.checkedRadioButtonId
            if (id == View.NO_ID) return -1
            return (group.findViewById<RadioButton>(id)?.tag as? Int) ?: -1
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

/** A yes/no question; [onYes] runs only on the affirmative choice. */
fun Activity.confirm(title: CharSequence, message: CharSequence, yes: CharSequence, no: CharSequence, onYes: () -> Unit) {
    AlertDialog.Builder(this)
        .setTitle(title)
        .setMessage(message)
        .setPositiveButton(yes) { _, _ -> onYes() }
        .setNegativeButton(no, null)
        .show()
}
