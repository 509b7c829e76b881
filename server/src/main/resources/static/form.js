// The guided re-assessment form (form/caseForm.jte). Everything here is an enhancement: without
// scripts the checkboxes, the "add another" buttons (which post the form back with one more row)
// and the summary of issues do the same work. Loaded as a file: the CSP allows no inline script.
(function () {
  "use strict";

  var form = document.getElementById("case-form");
  if (!form) {
    return;
  }

  // What a yes/no question's "unknown / not assessed" radio posts (CaseForm.UNKNOWN): no answer.
  var UNKNOWN = "unknown";

  // ---- body / dermatome map: a region toggles its checkbox; the checkbox colours its regions
  function paintRegions(checkbox) {
    var regions = form.querySelectorAll('[data-toggle="' + checkbox.id + '"]');
    for (var i = 0; i < regions.length; i++) {
      regions[i].classList.toggle("is-on", checkbox.checked);
    }
  }

  form.addEventListener("click", function (event) {
    var region = event.target.closest ? event.target.closest("[data-toggle]") : null;
    if (!region) {
      return;
    }
    var checkbox = document.getElementById(region.getAttribute("data-toggle"));
    if (checkbox) {
      checkbox.checked = !checkbox.checked;
      checkbox.dispatchEvent(new Event("change", { bubbles: true }));
    }
  });

  // ---- imaging findings: show the attributes of the chosen type only, and none before a type is
  // chosen (every attribute of every type is a wall of 28 fields; the server shows them all to a
  // browser without scripts, which cannot reveal them later)
  function showAttributes(typeSelect) {
    var row = typeSelect.closest(".form-row");
    var type = typeSelect.value;
    var fields = row.querySelectorAll("[data-finding-types]");
    for (var i = 0; i < fields.length; i++) {
      var relevant = type !== "" && fields[i].getAttribute("data-finding-types").split(" ").indexOf(type) >= 0;
      // an attribute that holds a value stays visible: the case reader will name it, nothing is lost
      var keep = relevant || hasValue(fields[i]);
      fields[i].hidden = !keep;
      var inputs = fields[i].querySelectorAll("input, select, textarea");
      for (var j = 0; j < inputs.length; j++) {
        inputs[j].disabled = !keep;
      }
    }
  }

  function hasValue(container) {
    var inputs = container.querySelectorAll("input, select, textarea");
    for (var i = 0; i < inputs.length; i++) {
      var el = inputs[i];
      if (el.type === "radio") {
        if (el.checked && el.value !== "" && el.value !== UNKNOWN) {
          return true;
        }
      } else if (el.type === "checkbox" ? (el.checked && el.value !== "") : el.value !== "") {
        return true;
      }
    }
    return false;
  }

  form.addEventListener("change", function (event) {
    var el = event.target;
    if (el.type === "checkbox") {
      paintRegions(el);
    }
    if (el.getAttribute("data-role") === "finding-type") {
      showAttributes(el);
    }
  });

  var typeSelects = form.querySelectorAll('[data-role="finding-type"]');
  for (var t = 0; t < typeSelects.length; t++) {
    showAttributes(typeSelects[t]);
  }

  // ---- "add another": clone the group's last row with a new index instead of posting the form
  function idOf(name) {
    return "f-" + name.replace(/[\[.]/g, "-").replace(/]/g, "");
  }

  function renumber(root, oldName, newName) {
    var oldId = idOf(oldName);
    var newId = idOf(newName);
    var all = [root].concat(Array.prototype.slice.call(root.querySelectorAll("*")));
    var attributes = ["name", "id", "for", "aria-describedby", "data-row", "data-group", "data-add", "data-toggle", "value"];
    all.forEach(function (el) {
      attributes.forEach(function (attr) {
        var v = el.getAttribute(attr);
        if (v === null || (attr === "value" && el.getAttribute("name") !== "_add")) {
          return;
        }
        v = v.split(oldName + "]").join(newName + "]").split(oldName + ".").join(newName + ".");
        if (v === oldName) {
          v = newName;
        }
        v = v.replace(new RegExp(oldId.replace(/[-]/g, "\\-") + "(?=-|$| )", "g"), newId);
        el.setAttribute(attr, v);
      });
    });
  }

  function clear(row) {
    row.querySelectorAll(".form-error").forEach(function (e) { e.remove(); });
    row.querySelectorAll("[aria-invalid]").forEach(function (e) { e.removeAttribute("aria-invalid"); });
    row.querySelectorAll("input, select, textarea").forEach(function (el) {
      if (el.type === "hidden") {
        return;
      }
      if (el.type === "radio") {
        el.checked = el.value === UNKNOWN; // a new row's yes/no starts at "unknown", as the server's
      } else if (el.type === "checkbox") {
        el.checked = false;
      } else if (el.tagName === "SELECT") {
        el.selectedIndex = 0;
      } else {
        el.value = "";
      }
      el.disabled = false;
    });
    // a nested group (an imaging study's findings) starts again with one blank row
    row.querySelectorAll("[data-group]").forEach(function (group) {
      var rows = group.querySelectorAll(":scope > .form-row");
      for (var i = 1; i < rows.length; i++) {
        rows[i].remove();
      }
    });
  }

  form.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-add]") : null;
    if (!button) {
      return;
    }
    var group = button.closest("[data-group]");
    var rows = group.querySelectorAll(":scope > .form-row");
    if (rows.length === 0) {
      return; // nothing to copy: let the button post the form
    }
    event.preventDefault();
    var last = rows[rows.length - 1];
    var next = parseInt(group.getAttribute("data-next-index"), 10);
    var groupName = group.getAttribute("data-group");
    var copy = last.cloneNode(true);
    renumber(copy, last.getAttribute("data-row"), groupName + "[" + next + "]");
    clear(copy);
    var legend = copy.querySelector("legend");
    if (legend) {
      legend.textContent = group.getAttribute("data-row-legend") + " " + (rows.length + 1);
    }
    group.setAttribute("data-next-index", String(next + 1));
    last.after(copy);
    copy.querySelectorAll('[data-role="finding-type"]').forEach(showAttributes);
    var first = copy.querySelector("input:not([type=hidden]), select, textarea");
    if (first) {
      first.focus();
    }
  });

  // ---- inline validation: after htmx replaces the summary, put each message next to its field
  document.body.addEventListener("htmx:afterSwap", function (event) {
    if (!event.detail || !event.detail.target || event.detail.target.id !== "case-issues") {
      return;
    }
    form.querySelectorAll(".form-error").forEach(function (e) { e.remove(); });
    form.querySelectorAll("[aria-invalid]").forEach(function (e) { e.removeAttribute("aria-invalid"); });
    form.querySelectorAll("[aria-describedby]").forEach(function (e) {
      var ids = e.getAttribute("aria-describedby").split(" ").filter(function (id) { return !/-error$/.test(id); });
      if (ids.length) {
        e.setAttribute("aria-describedby", ids.join(" "));
      } else {
        e.removeAttribute("aria-describedby");
      }
    });
    var items = document.querySelectorAll("#case-issues [data-field-id]");
    for (var i = 0; i < items.length; i++) {
      var target = document.getElementById(items[i].getAttribute("data-field-id"));
      if (!target || document.getElementById(target.id + "-error")) {
        continue;
      }
      var message = document.createElement("p");
      message.className = "form-error";
      message.id = target.id + "-error";
      message.textContent = items[i].getAttribute("data-message");
      var holder = target.closest(".form-field, td") || target;
      if (holder.tagName === "FIELDSET" || holder.tagName === "TABLE") {
        holder.appendChild(message);
      } else {
        holder.appendChild(message);
      }
      var described = target.getAttribute("aria-describedby");
      target.setAttribute("aria-describedby", described ? described + " " + message.id : message.id);
      if (/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) {
        target.setAttribute("aria-invalid", "true");
      } else {
        target.querySelectorAll("input, select, textarea").forEach(function (el) {
          el.setAttribute("aria-invalid", "true");
        });
      }
    }
  });
})();
