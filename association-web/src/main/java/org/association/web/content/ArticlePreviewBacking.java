package org.association.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.association.common.NoSuchEntityException;
import org.association.content.boundary.ArticleService;
import org.association.content.boundary.AttachmentService;
import org.association.content.entity.Article;

/** An article of any status shown to its editors as readers will see it once published. */
@Named
@RequestScoped
public class ArticlePreviewBacking {

    @Inject
    private ArticleService articles;

    @Inject
    private AttachmentService attachmentService;

    private Long id;
    private Article article;
    private ArticleAttachments attachments;

    public void load() throws IOException {
        try {
            article = articles.find(id == null ? -1 : id);
            attachments = ArticleAttachments.of(attachmentService.of(article));
        } catch (NoSuchEntityException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Article getArticle() {
        return article;
    }

    public ArticleAttachments getAttachments() {
        return attachments;
    }
}
