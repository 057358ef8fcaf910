package org.association.testing;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.association.account.boundary.AccountService;
import org.association.account.entity.Account;
import org.association.account.entity.Role;
import org.association.content.boundary.ArticleFilter;
import org.association.content.boundary.ArticleService;
import org.association.content.boundary.AttachmentService;
import org.association.content.boundary.ChannelService;
import org.association.content.entity.Article;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.Channel;
import org.association.content.entity.ChannelKind;
import org.association.content.entity.Language;
import org.association.membership.boundary.MemberImportService;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberStatus;
import org.association.organization.boundary.DepartmentService;

/**
 * Test data for the browser tests, made through the application's own services (as ADMIN). It lives in
 * the test module, which only the tests deploy: POST /association-tests/fixtures/channel-with-articles,
 * /account, /account-change (disable, roles=..., reset: answers the new password), /article, /active-member,
 * /counts (how many records of each kind there are); and the
 * single writes the crash test drives (/member, /member-notes, /article-title, /upload), each answered
 * only after its transaction committed; /forget-display and /display-stored, which make and check a photo
 * as stored before display sizes existed.
 */
@WebServlet("/fixtures/*")
public class FixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A body as an attacker would write it; what survives sanitizing is the first paragraph. */
    public static final String HOSTILE_BODY = "<p>Visible paragraph</p><script>alert('script')</script>"
            + "<img src=\"x\" onerror=\"alert('onerror')\"><a href=\"javascript:alert('link')\">link</a>";

    @Inject
    private Staff staff;

    @Inject
    private ChannelService channels;

    @Inject
    private ArticleService articles;

    @Inject
    private AccountService accounts;

    @Inject
    private MemberService members;

    @Inject
    private AttachmentService attachments;

    @Inject
    private DepartmentService departments;

    @Inject
    private MemberImportService imports;

    @Resource(lookup = "jdbc/association")
    private DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String what = String.valueOf(request.getPathInfo());
        switch (what) {
            case "/channel-with-articles" -> channelWithArticles(request);
            case "/account" -> account(request);
            case "/article", "/article-title", "/article-move", "/article-status", "/member", "/member-notes", "/upload" -> {
                // these answer the id of what they wrote
                response.setContentType("text/plain");
                response.getWriter().print(written(what, request));
                return;
            }
            case "/account-change" -> {
                response.setContentType("text/plain");
                response.getWriter().print(accountChange(request));
                return;
            }
            case "/active-member" -> {
                response.setContentType("text/plain");
                response.getWriter().print(activeMember(request));
                return;
            }
            case "/forget-display", "/display-stored" -> {
                response.setContentType("text/plain");
                response.getWriter().print(display(what, Long.parseLong(request.getParameter("attachment"))));
                return;
            }
            case "/counts" -> {
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().print(counts(request));
                return;
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private long written(String what, HttpServletRequest request) throws IOException {
        return switch (what) {
            case "/article" -> article(request);
            case "/article-title" -> articleTitle(request);
            case "/article-move" -> articleMove(request);
            case "/article-status" -> articleStatus(request);
            case "/member" -> member(request);
            case "/member-notes" -> memberNotes(request);
            default -> upload(request);
        };
    }

    /** Saves an article again under a new title, keeping its status; answers its id. */
    private long articleTitle(HttpServletRequest request) {
        return staff.admin(() -> {
            Article article = articles.find(Long.parseLong(request.getParameter("id")));
            article.setTitle(request.getParameter("title"));
            return articles.save(article, article.getStatus(), "fixture").getId();
        });
    }

    /** Moves an article to another channel, keeping its status; answers its id. */
    private long articleMove(HttpServletRequest request) {
        return staff.admin(() -> {
            Article article = articles.find(Long.parseLong(request.getParameter("id")));
            article.setChannel(channels.bySlug(request.getParameter("channel")).orElseThrow());
            return articles.save(article, article.getStatus(), "fixture").getId();
        });
    }

    /** Saves an article again in another status, say ARCHIVED to take it off the site; answers its id. */
    private long articleStatus(HttpServletRequest request) {
        return staff.admin(() -> {
            Article article = articles.find(Long.parseLong(request.getParameter("id")));
            return articles.save(article, ArticleStatus.valueOf(request.getParameter("status")), "fixture").getId();
        });
    }

    /** A new applicant of the given name; answers its id. */
    private long member(HttpServletRequest request) {
        return staff.admin(() -> members.create(Member.individual(request.getParameter("name")), "fixture").getId());
    }

    /** Edits a member's notes; answers its id. */
    private long memberNotes(HttpServletRequest request) {
        return staff.admin(() -> {
            Member member = members.find(Long.parseLong(request.getParameter("id")));
            member.setNotes(request.getParameter("notes"));
            return members.update(member, "fixture").getId();
        });
    }

    /** The request's body as an upload to an article (?article=ID&amp;name=FILE); answers the attachment's id. */
    private long upload(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readAllBytes();
        return staff.admin(() -> attachments.attach(Long.parseLong(request.getParameter("article")), request.getParameter("name"),
                bytes, null).getId());
    }

    /**
     * Forgets a photo's display size, as a row stored before V8 has none (answers the rows changed), or
     * answers whether one is stored. Straight in the table: no service forgets one.
     */
    private String display(String what, long attachmentId) {
        String sql = what.equals("/forget-display") ? "UPDATE ATTACHMENT_DATA SET DISPLAY_IMAGE = NULL WHERE ATTACHMENT_ID = ?"
                : "SELECT COUNT(*) FROM ATTACHMENT_DATA WHERE DISPLAY_IMAGE IS NOT NULL AND ATTACHMENT_ID = ?";
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, attachmentId);
            if (what.equals("/forget-display")) {
                return String.valueOf(statement.executeUpdate());
            }
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return String.valueOf(count.getLong(1) == 1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An article of 2024-02-02 in the channel whose body tries to run scripts, in the status asked for; answers its id. */
    private long article(HttpServletRequest request) {
        return staff.admin(() -> {
            Channel channel = channels.bySlug(request.getParameter("channel")).orElseThrow();
            Article article = new Article(channel, Language.EN, request.getParameter("slug"),
                    "Fixture " + request.getParameter("slug"), "管理员", LocalDateTime.of(2024, 2, 2, 10, 0));
            article.setBody(HOSTILE_BODY);
            return articles.save(article, ArticleStatus.valueOf(request.getParameter("status")), "fixture").getId();
        });
    }

    /** An active physician of the given name (and ?licence=, if given); answers its id and member number. */
    private String activeMember(HttpServletRequest request) {
        Member member = Member.individual(request.getParameter("name"));
        member.setLicenceNumber(request.getParameter("licence"));
        member.setStatus(MemberStatus.ACTIVE);
        member.setJoinedOn(LocalDate.of(2024, 1, 1));
        Member created = staff.admin(() -> members.create(member, "fixture"));
        return created.getId() + " " + created.getMemberNumber();
    }

    /** How many records of each kind are stored, one "kind=count" a line; the attachments of ?article= too. */
    private String counts(HttpServletRequest request) {
        Map<String, Long> counts = new LinkedHashMap<>();
        staff.admin(() -> {
            counts.put("members", members.count());
            counts.put("applicants", members.countsByStatus().get(MemberStatus.APPLICANT.name()));
            counts.put("articles", articles.count(new ArticleFilter(null, null, null, null)));
            counts.put("channels", (long) channels.all().size());
            counts.put("departments", (long) departments.all().size());
            counts.put("accounts", accounts.count());
            counts.put("importBatches", (long) imports.recent(Integer.MAX_VALUE).size());
            if (request.getParameter("article") != null) {
                counts.put("attachments",
                        (long) attachments.of(articles.find(Long.parseLong(request.getParameter("article")))).size());
            }
        });
        return counts.entrySet().stream().map(count -> count.getKey() + "=" + count.getValue()).collect(Collectors.joining("\n"));
    }

    /** A top-level channel with {@code count} published articles, one a day back from 2023-12-31. */
    private void channelWithArticles(HttpServletRequest request) {
        String slug = request.getParameter("slug");
        int count = Integer.parseInt(request.getParameter("count"));
        staff.admin(() -> {
            Channel channel = channels.create(new Channel(slug, ChannelKind.ARTICLES, "测试栏目 " + slug, "Test channel " + slug),
                    "fixture");
            for (int i = 1; i <= count; i++) {
                Article article = new Article(channel, Language.EN, slug + "-article-" + i,
                        "Fixture article " + i + " of " + slug, "管理员", LocalDateTime.of(2023, 12, 31, 12, 0).minusDays(i));
                article.setBody("<p>Body of fixture article " + i + ".</p>");
                articles.save(article, ArticleStatus.PUBLISHED, "fixture");
            }
        });
    }

    /** An administrator's change to an account, through the service the accounts page uses; a reset answers the new password. */
    private String accountChange(HttpServletRequest request) {
        return staff.admin(() -> {
            Account account = accounts.byUsername(request.getParameter("username")).orElseThrow();
            switch (request.getParameter("change")) {
                case "disable" -> account.setEnabled(false);
                case "roles" -> account.setRoles(roles(request.getParameter("roles")));
                case "name" -> account.setDisplayName(request.getParameter("name"));
                case "reset" -> {
                    return accounts.resetPassword(account.getId(), account.getVersion(), "fixture");
                }
                default -> throw new IllegalArgumentException(request.getParameter("change"));
            }
            accounts.update(account, "fixture");
            return "";
        });
    }

    private static EnumSet<Role> roles(String names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names.split(",")).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    /** A staff account with a known password that need not be changed. */
    private void account(HttpServletRequest request) {
        Account account = new Account(request.getParameter("username"), request.getParameter("username"),
                roles(request.getParameter("roles")));
        staff.admin(() -> accounts.create(account, request.getParameter("password"), "fixture"));
    }
}
