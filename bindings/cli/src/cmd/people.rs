//! `hearth people`, `hearth tags` and `hearth scales`: the person's own catalogs.

use std::path::Path;
use std::process::ExitCode;

use hearth_core::journal::catalog::{Tag, TagKind};
use hearth_core::journal::people::{Person, PersonDraft};
use hearth_core::{tr, HearthError, Store};

use crate::args::{PeopleCommand, PersonArgs, ScalesCommand, TagsCommand};
use crate::{keys, output};

pub fn people(dir: &Path, cmd: PeopleCommand) -> Result<ExitCode, HearthError> {
    let mut s = keys::open(dir)?;
    match cmd {
        PeopleCommand::List(f) => {
            let all = s.people()?;
            if f.json {
                output::print_json(&serde_json::to_value(&all).unwrap_or_default());
            } else if all.is_empty() {
                println!("{}", tr!("cli-people-empty"));
            } else {
                for p in &all {
                    println!("{}", person_line(p));
                }
            }
        }
        PeopleCommand::Add(a) => {
            let json = a.json;
            let p = s.add_person(draft(a))?;
            show_person(&p, json);
        }
        PeopleCommand::Edit { who, person } => {
            let id = find_person(&mut s, &who)?.id;
            let json = person.json;
            let p = s.update_person(&id, draft(person))?;
            show_person(&p, json);
        }
        PeopleCommand::Remove { who } => {
            let p = find_person(&mut s, &who)?;
            s.remove_person(&p.id)?;
            println!("{}", tr!("cli-people-removed", "name" => &p.name));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn draft(a: PersonArgs) -> PersonDraft {
    PersonDraft {
        name: a.name,
        phone: a.phone,
        how_they_help: a.how_they_help,
    }
}

fn show_person(p: &Person, json: bool) {
    if json {
        output::print_json(&serde_json::to_value(p).unwrap_or_default());
    } else {
        println!("{}", tr!("cli-saved", "entry" => person_line(p)));
    }
}

/// A tag's name, marked when it is an activity or archived.
fn tag_label(t: &Tag) -> String {
    let activity = t.kind == TagKind::Activity;
    match (activity, t.archived) {
        (false, false) => t.name.clone(),
        (true, false) => tr!("cli-tag-activity", "name" => &t.name),
        (false, true) => tr!("cli-tag-archived", "name" => &t.name),
        (true, true) => tr!("cli-tag-activity-archived", "name" => &t.name),
    }
}

fn person_line(p: &Person) -> String {
    let mut s = format!("{}  {}", p.id, p.name);
    if let Some(ph) = &p.phone {
        s.push_str(&format!("  {ph}"));
    }
    if let Some(h) = &p.how_they_help {
        s.push_str(&format!("  — {h}"));
    }
    s
}

fn find_person(s: &mut Store, who: &str) -> Result<Person, HearthError> {
    let want = who.trim().to_lowercase();
    s.people()?
        .into_iter()
        .find(|p| p.id == who || p.name.to_lowercase() == want)
        .ok_or_else(|| HearthError::NotFound {
            kind: "person".into(),
            id: who.into(),
        })
}

fn find_tag(s: &mut Store, which: &str) -> Result<Tag, HearthError> {
    let want = which.trim().to_lowercase();
    s.tags()?
        .into_iter()
        .find(|t| t.id == which || t.name == want)
        .ok_or_else(|| HearthError::NotFound {
            kind: "tag".into(),
            id: which.into(),
        })
}

pub fn tags(dir: &Path, cmd: TagsCommand) -> Result<ExitCode, HearthError> {
    let mut s = keys::open(dir)?;
    let (tag, json) = match cmd {
        TagsCommand::List { all, json } => {
            let tags: Vec<Tag> = s
                .tags()?
                .into_iter()
                .filter(|t| all || !t.archived)
                .collect();
            if json {
                output::print_json(&serde_json::to_value(&tags).unwrap_or_default());
            } else {
                for t in &tags {
                    println!("{}  {}", t.id, tag_label(t));
                }
            }
            return Ok(ExitCode::SUCCESS);
        }
        TagsCommand::Create {
            name,
            activity,
            json,
        } => {
            let kind = if activity {
                TagKind::Activity
            } else {
                TagKind::Context
            };
            (s.create_tag(&name, kind)?, json)
        }
        TagsCommand::Rename {
            tag,
            new_name,
            json,
        } => {
            let id = find_tag(&mut s, &tag)?.id;
            (s.rename_tag(&id, &new_name)?, json)
        }
        TagsCommand::Archive { tag } => {
            let id = find_tag(&mut s, &tag)?.id;
            (s.set_tag_archived(&id, true)?, false)
        }
        TagsCommand::Restore { tag } => {
            let id = find_tag(&mut s, &tag)?.id;
            (s.set_tag_archived(&id, false)?, false)
        }
    };
    if json {
        output::print_json(&serde_json::to_value(&tag).unwrap_or_default());
    } else {
        let entry = if tag.archived {
            tr!("cli-tag-archived", "name" => &tag.name)
        } else {
            tag.name.clone()
        };
        println!(
            "{}",
            tr!("cli-saved", "entry" => format!("{} {entry}", tag.id))
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn scales(dir: &Path, cmd: ScalesCommand) -> Result<ExitCode, HearthError> {
    let mut s = keys::open(dir)?;
    match cmd {
        ScalesCommand::List(f) => {
            let all = s.scales()?;
            if f.json {
                output::print_json(&serde_json::to_value(&all).unwrap_or_default());
            } else {
                for sc in &all {
                    println!("{}  {} ({}–{})", sc.id, sc.name, sc.min, sc.max);
                }
            }
        }
        ScalesCommand::Create {
            name,
            min,
            max,
            json,
        } => {
            let sc = s.create_scale(&name, min, max)?;
            if json {
                output::print_json(&serde_json::to_value(&sc).unwrap_or_default());
            } else {
                println!(
                    "{}",
                    tr!("cli-saved", "entry" => format!("{} ({}–{})", sc.name, sc.min, sc.max))
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
