package com.csvendor.portal.web;

import com.csvendor.portal.notification.boundary.NotificationService;
import com.csvendor.portal.notification.boundary.NotificationSettings;
import com.csvendor.portal.notification.boundary.NotificationSettingsForm;
import com.csvendor.portal.notification.entity.NotificationKind;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** My settings: the e-mail address notifications go to, their language, and which of them I get. */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    NotificationService service;

    private NotificationSettings settings;
    private String language;
    /** The names of the kinds ticked (check boxes submit text). */
    private List<String> chosen;

    public NotificationSettings getSettings() {
        if (settings == null) {
            load(service.mine());
        }
        return settings;
    }

    /** The kinds the user may choose from (those of their roles). */
    public List<NotificationKind> getKinds() {
        return getSettings().notifications().stream().map(NotificationSettings.Choice::kind).toList();
    }

    public void save() {
        NotificationSettingsForm form = new NotificationSettingsForm();
        form.setLanguage(language);
        List<NotificationSettingsForm.Choice> choices = new ArrayList<>();
        for (NotificationKind k : getKinds()) {
            choices.add(new NotificationSettingsForm.Choice(k, chosen.contains(k.name())));
        }
        form.setNotifications(choices);
        try {
            load(service.save(form));
            FacesMessages.info("settings.saved");
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    private void load(NotificationSettings s) {
        settings = s;
        language = s.language();
        chosen = new ArrayList<>(s.notifications().stream().filter(NotificationSettings.Choice::enabled)
                .map(c -> c.kind().name()).toList());
    }

    public String getLanguage() {
        getSettings();
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getChosen() {
        getSettings();
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }
}
