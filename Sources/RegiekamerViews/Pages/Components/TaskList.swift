/// One task of a task list: what to do, where, a hint and its status, derived from the data by the caller.
package struct TaskItem {
    package let title: String
    package let href: String?
    package var hint: String? = nil
    package let status: String
    package let tone: TagTone

    /// The memberwise initializer, visible to the web target.
    package init(title: String, href: String?, hint: String? = nil, status: String, tone: TagTone) {
        self.title = title
        self.href = href
        self.hint = hint
        self.status = status
        self.tone = tone
    }
}

extension Components {
    /// The GOV.UK task list: each task a link with its status tag on the right, so a person sees what is done
    /// and what waits. A task without `href` cannot be started yet.
    package static func taskList(_ items: [TaskItem], id: String) -> HTML {
        ul(.class("task-list")) {
            for (index, item) in items.enumerated() {
                let statusID = "\(id)-\(index + 1)-status"
                let hintID = "\(id)-\(index + 1)-hint"
                li(.class("task-list__item")) {
                    div(.class("task-list__name")) {
                        if let href = item.href {
                            a(href: href, .aria("describedby", item.hint == nil ? statusID : "\(hintID) \(statusID)")) {
                                item.title
                            }
                        } else {
                            item.title
                        }
                        if let hint = item.hint { div(.class("hint"), .id(hintID)) { hint } }
                    }
                    div(.class("task-list__status"), .id(statusID)) { tag(item.status, item.tone) }
                }
            }
        }
    }
}
