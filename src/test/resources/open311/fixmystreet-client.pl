#!/usr/bin/perl
# Talks to an Open311 endpoint the way FixMyStreet's client does, with the same Perl libraries
# (LWP::UserAgent, HTTP::Request::Common, XML::Simple), and prints what it read as name=value lines.
# Usage: fixmystreet-client.pl ENDPOINT API_KEY LAT LONG
use strict;
use warnings;
use utf8;
use Encode qw(encode);
use LWP::UserAgent;
use HTTP::Request::Common qw(GET POST);
use URI;
use XML::Simple;

binmode STDOUT, ':encoding(UTF-8)';
my ($endpoint, $api_key, $lat, $long) = @ARGV;
my $ua = LWP::UserAgent->new(timeout => 60);

sub url {
    my ($path, $params) = @_;
    my $uri = URI->new($endpoint);
    $uri->path($uri->path . $path);
    $uri->query_form($params) if $params;
    return $uri;
}

sub parse {
    my $xml = shift;
    my %groups = (services => 'service', attributes => 'attribute', values => 'value', service_requests => 'request',
        errors => 'error', service_request_updates => 'request_update', groups => 'group');
    my $simple = XML::Simple->new(ForceArray => [values %groups], KeyAttr => {}, GroupTags => \%groups, SuppressEmpty => undef);
    return $simple->parse_string($xml);
}

my $services = $ua->request(GET url('services.xml'));
print "services_status=", $services->code, "\n";
print "service_codes=", join(',', map { $_->{service_code} } @{ parse($services->decoded_content)->{service} }), "\n";

my %form = (
    api_key => $api_key,
    service_code => 'fly-tipping',
    description => "title: Perl client’s report\n\ndetail: Left by the bins on Wharf Street.\n\nurl: http://localhost:3000/report/7\n\nSubmitted via FixMyStreet\n",
    first_name => 'Perpetua',
    last_name => 'Lwpclient',
    email => 'perpetua.lwpclient@example.org',
    lat => $lat,
    long => $long,
    'attribute[fms_extra_title]' => '',
);
my %encoded = map { $_ => encode('UTF-8', $form{$_}) } keys %form;
my $request = POST url('requests.xml'), \%encoded;
print "post_content_type=", $request->header('Content-Type'), "\n";
print "post_has_accept=", (defined $request->header('Accept') ? 1 : 0), "\n";
print "post_has_crlf=", ($request->content =~ /%0D%0A/ ? 1 : 0), "\n";
my $posted = $ua->request($request);
print "post_status=", $posted->code, "\n";
my $id = parse($posted->decoded_content)->{request}->[0]->{service_request_id};
print "service_request_id=", (defined $id && !ref $id ? $id : ''), "\n";

my $read = $ua->request(GET url('requests.xml', { service_request_id => $id }));
my $found = parse($read->decoded_content)->{request}->[0];
print "read_status=", $read->code, "\n";
print "read_service_code=", $found->{service_code}, "\n";
print "read_requested=", $found->{requested_datetime}, "\n";

my $bad = $ua->request(POST url('requests.xml'), { %encoded, api_key => 'not-the-key-0000000000000' });
print "bad_key_status=", $bad->code, "\n";
print "bad_key_error=", parse($bad->decoded_content)->{error}->[0]->{code}, "\n";

my @now = gmtime(time + 3600);
my @then = gmtime(time - 7200);
my $fmt = sub { my @t = @_; sprintf('%04d-%02d-%02dT%02d:%02d:%02dZ', $t[5] + 1900, $t[4] + 1, $t[3], $t[2], $t[1], $t[0]) };
my $updates = $ua->request(GET url('servicerequestupdates.xml', { api_key => $api_key, start_date => $fmt->(@then), end_date => $fmt->(@now) }));
print "updates_status=", $updates->code, "\n";
my $list = parse($updates->decoded_content)->{request_update} || [];
print "updates=", scalar(@$list), "\n";
