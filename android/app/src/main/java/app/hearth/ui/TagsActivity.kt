package app.hearth.ui

import android.os.Bundle
import android.widget.EditText
import android.widget.RadioGroup
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.logic.TagChoice
import uniffi.hearth.Tag
import uniffi.hearth.TagKind
import uniffi.hearth.tagLabel

/**
 * The person's tags and activities (issue #20): add one, rename one (past check-ins show
 * the new name: the core rewrites them), archive one (no longer offered for a new
 * check-in, still on the ones that have it) or bring it back. Refusals (an empty name, a
 * name already taken) are the core's own words.
 */
class TagsActivity : WritingActivity() {
    private lateinit var error: TextView
    private lateinit var newName: EditText
    private lateinit var kind: RadioGroup
    private lateinit var addError: TextView

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        form.text(getString(R.string.loading))
        form.show()
        load()
    }

    /** Loads and draws again; [keepTyped]: a name being typed for a new tag stays. */
    private fun load(keepTyped: Boolean = false) {
        if (keepTyped && ::newName.isInitialized) {
            val keep = Bundle()
            form.saveState(keep)
            form.restoreLater(keep)
        }
        async({ Stores.use(this) { it.tags() } }) { r ->
            r.onSuccess(::draw)
            r.onFailure { form.clear(); form.heading(getString(R.string.tags_title)); form.text(errorText(it)) }
        }
    }

    private fun draw(tags: List<Tag>) {
        val f = form
        f.clear()
        f.heading(getString(R.string.tags_title))
        f.text(getString(R.string.tags_intro), secondary = true)
        error = f.errorLine()

        // Adding comes first: its fields keep their place however long the list grows.
        f.heading(getString(R.string.tags_add_heading), large = false)
        newName = f.field(getString(R.string.tags_add_name), hint = getString(R.string.hint_tags))
        kind = f.choices(
            getString(R.string.tags_add_kind),
            listOf(getString(R.string.tags_kind_context), getString(R.string.tags_kind_activity)),
            selected = 0,
        )
        addError = f.errorLine()
        f.button(getString(R.string.tags_add)) { add() }

        for (g in TagChoice.groups(tags, ::tagLabel)) {
            if (g.archived && g.tags.isEmpty()) continue
            f.heading(getString(groupTitle(g)), large = false)
            if (g.tags.isEmpty()) f.text(getString(R.string.tags_none), secondary = true)
            for (t in g.tags) tagRow(f, t)
        }
        f.drawn()
    }

    private fun groupTitle(g: TagChoice.Group): Int = when (g.kind) {
        TagKind.CONTEXT -> if (g.archived) R.string.tags_archived_contexts else R.string.tags_contexts
        TagKind.ACTIVITY -> if (g.archived) R.string.tags_archived_activities else R.string.tags_activities
    }

    private fun tagRow(f: Form, t: Tag) {
        // A default tag in the reader's language (the core's label), the person's own as written.
        val label = tagLabel(t.name)
        // Archived is said in words, not only by where the tag is listed.
        val name = f.text(if (t.archived) getString(R.string.tags_archived_name, label) else label)
        // A little more room above each tag than between it and its own buttons.
        (name.layoutParams as android.view.ViewGroup.MarginLayoutParams).topMargin = f.dp(16)
        Controls.row(
            f,
            listOf(
                Controls.RowButton(getString(R.string.tags_rename), getString(R.string.tags_rename_description, label)) { rename(t) },
                if (t.archived) {
                    Controls.RowButton(getString(R.string.tags_unarchive), getString(R.string.tags_unarchive_description, label)) { archive(t, false) }
                } else {
                    Controls.RowButton(getString(R.string.tags_archive), getString(R.string.tags_archive_description, label)) { archive(t, true) }
                },
            ),
        )
    }

    private fun add() {
        val name = newName.text.toString()
        val k = if (Form.selected(kind) == 1) TagKind.ACTIVITY else TagKind.CONTEXT
        async({ Stores.use(this) { it.createTag(name, k) } }) { r ->
            r.onSuccess {
                Nav.toast(this, getString(R.string.tags_added, tagLabel(it.name)))
                load()
            }
            r.onFailure { addError.showError(errorText(it)) }
        }
    }

    private fun rename(t: Tag) {
        val label = tagLabel(t.name)
        Controls.ask(
            this,
            getString(R.string.tags_rename_title, label),
            listOf(Controls.Field(getString(R.string.tags_new_name), label)),
            getString(R.string.tags_rename_yes),
        ) { values, asking ->
            // Left as shown: nothing to rename (a default tag keeps its id and stays translated).
            if (values[0].trim() == label) {
                asking.dialog.dismiss()
                return@ask
            }
            async({ Stores.use(this) { it.renameTag(t.id, values[0]) } }) { r ->
                r.onSuccess {
                    asking.dialog.dismiss()
                    Nav.toast(this, getString(R.string.tags_renamed, tagLabel(it.name)))
                    load(keepTyped = true)
                }
                r.onFailure { asking.error.showError(errorText(it)) }
            }
        }
    }

    private fun archive(t: Tag, archived: Boolean) {
        async({ Stores.use(this) { it.setTagArchived(t.id, archived) } }) { r ->
            r.onSuccess {
                Nav.toast(this, getString(if (archived) R.string.tags_archived else R.string.tags_unarchived, tagLabel(it.name)))
                load(keepTyped = true)
            }
            r.onFailure { error.showError(errorText(it)) }
        }
    }
}
